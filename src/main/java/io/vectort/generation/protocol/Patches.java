package io.vectort.generation.protocol;

/** Applies a patch's search/replace pairs to one file's text, each search matching exactly once. */
final class Patches {

    private Patches() {}

    static String apply(String path, String text, FileOperation.PatchFile patch) {
        String result = text;
        int number = 0;
        for (FileOperation.Replacement pair : patch.replacements()) {
            number++;
            String search = pair.search();
            int at = search.isEmpty() ? -1 : result.indexOf(search);
            if (at < 0) {
                throw notApplicable(path, number, patch, search, "was not found" + lineEndingHint(result, search));
            }
            int count = occurrences(result, search);
            if (count > 1) {
                throw notApplicable(
                        path,
                        number,
                        patch,
                        search,
                        "was found " + count + " times, so the place to"
                                + " change is ambiguous; quote more surrounding lines");
            }
            result = result.substring(0, at) + pair.replace() + result.substring(at + search.length());
        }
        return result;
    }

    /** Overlapping matches count too: "aa" occurs twice in "aaa", and either could be meant. */
    private static int occurrences(String text, String search) {
        int count = 0;
        for (int at = text.indexOf(search); at >= 0; at = text.indexOf(search, at + 1)) {
            count++;
        }
        return count;
    }

    private static String lineEndingHint(String text, String search) {
        boolean differsOnlyInLineEndings =
                !search.isEmpty() && text.replace("\r\n", "\n").contains(search.replace("\r\n", "\n"));
        return differsOnlyInLineEndings ? " (it differs from the file only in its line endings)" : "";
    }

    private static ProtocolViolationException notApplicable(
            String path, int number, FileOperation.PatchFile patch, String search, String problem) {
        String which = patch.replacements().size() == 1
                ? "its search text"
                : "search text " + number + " of " + patch.replacements().size();
        String firstLine = search.lines().findFirst().orElse("");
        return new ProtocolViolationException(
                "patch_not_applicable",
                "The patch of " + Display.quote(path) + " cannot be applied: " + which + " (starting "
                        + Display.quote(firstLine) + ") " + problem);
    }
}
