package io.vectort.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose forwarding headers are believed: literal IPv4/IPv6 addresses and CIDR
 * blocks. Only literals are accepted, so that parsing never resolves a name through DNS.
 */
final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** @throws IllegalArgumentException naming the first entry that is not an address or a CIDR block */
    static TrustedProxies parse(List<String> entries) {
        return new TrustedProxies(entries.stream().map(Block::parse).toList());
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether {@code address} (a literal, as a servlet container reports a peer) is a trusted proxy. */
    boolean trusts(String address) {
        if (blocks.isEmpty()) {
            return false;
        }
        byte[] bytes = literal(address);
        return bytes != null && blocks.stream().anyMatch(block -> block.contains(bytes));
    }

    /** Whether {@code text} is a literal IPv4 or IPv6 address (what a proxy writes in X-Forwarded-For). */
    static boolean isAddress(String text) {
        return literal(text) != null;
    }

    private static byte @org.jspecify.annotations.Nullable [] literal(String address) {
        String bare =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        if (IPV4.matcher(bare).matches()) {
            String[] parts = bare.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int value = Integer.parseInt(parts[i]);
                if (value > 255) {
                    return null;
                }
                bytes[i] = (byte) value;
            }
            return bytes;
        }
        if (!IPV6.matcher(bare).matches()) {
            return null;
        }
        try {
            // A text with a colon is parsed as an IPv6 literal, never looked up.
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Block(byte[] network, int prefixBits) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                throw new IllegalArgumentException("not an IP address or CIDR block: " + entry);
            }
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a CIDR prefix length: " + entry, e);
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("prefix length out of range: " + entry);
                }
            }
            return new Block(bytes, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
