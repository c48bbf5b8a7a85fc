package io.vectort.generation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.version.VersionFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileTreeNodeTest {

    @Test
    void nestsFilesInFoldersWithFoldersFirstAndNamesSorted() {
        List<FileTreeNode> tree = FileTreeNode.build(List.of(
                new VersionFile("package.json", 10, "a"),
                new VersionFile("src/main.jsx", 20, "b"),
                new VersionFile("src/components/Todo.jsx", 30, "c"),
                new VersionFile("index.html", 40, "d")));
        assertThat(tree).extracting(FileTreeNode::name).containsExactly("src", "index.html", "package.json");
        FileTreeNode src = tree.get(0);
        assertThat(src.type()).isEqualTo("directory");
        assertThat(src.children()).extracting(FileTreeNode::path).containsExactly("src/components", "src/main.jsx");
        assertThat(src.children().get(0).children()).singleElement().satisfies(todo -> {
            assertThat(todo.path()).isEqualTo("src/components/Todo.jsx");
            assertThat(todo.size()).isEqualTo(30);
        });
    }
}
