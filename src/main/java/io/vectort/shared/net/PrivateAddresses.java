package io.vectort.shared.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Addresses a server must never be made to call on a user's behalf: this machine, the private
 * network it sits in, link-local (where clouds serve instance metadata, 169.254.169.254), carrier
 * NAT (Alibaba's metadata is 100.100.100.200), multicast and reserved ranges. IPv6 forms that embed
 * an IPv4 address (mapped, NAT64, 6to4) are judged by the embedded address.
 */
final class PrivateAddresses {

    private PrivateAddresses() {}

    static boolean isForbidden(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isForbiddenV4(b);
        }
        if (address instanceof Inet6Address) {
            return isForbiddenV6(b);
        }
        return true;
    }

    private static boolean isForbiddenV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // "this network"
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, RFC 6598
                || (first == 169 && second == 254) // link-local, cloud metadata
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // benchmarking, RFC 2544
                || first >= 224; // multicast, reserved, broadcast
    }

    private static boolean isForbiddenV6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // unique local fc00::/7 (fd00::/8 included, e.g. fd00:ec2::254)
            return true;
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) { // deprecated site-local fec0::/10
            return true;
        }
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) { // ::ffff:a.b.c.d
            return isForbiddenV4(slice(b, 12));
        }
        if (isZero(b, 0, 12)) { // :: , ::1 and the deprecated IPv4-compatible ::a.b.c.d
            return true;
        }
        if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isForbiddenV4(slice(b, 12)); // NAT64 64:ff9b::/96
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x02) {
            return isForbiddenV4(slice(b, 2)); // 6to4 2002:a.b.c.d::/48
        }
        return first == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8; // documentation
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        byte[] v4 = new byte[4];
        System.arraycopy(b, from, v4, 0, 4);
        return v4;
    }
}
