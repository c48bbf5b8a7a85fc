package io.vectort.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    void sealsSoThatOnlyTheSameKeyAndSettingOpenIt() {
        SettingsCipher cipher = SettingsCipher.of(KEY, dir);
        String sealed = cipher.seal("jwt_signing_key", "s3cr3t-value");

        assertThat(sealed).startsWith(SettingsCipher.PREFIX).doesNotContain("s3cr3t");
        assertThat(cipher.seal("jwt_signing_key", "s3cr3t-value")).isNotEqualTo(sealed); // fresh IV each time
        assertThat(cipher.open("jwt_signing_key", sealed)).isEqualTo("s3cr3t-value");
        assertThatThrownBy(() -> cipher.open("preview_signing_key", sealed))
                .hasMessageContaining("'preview_signing_key'");
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> SettingsCipher.of(Base64.getEncoder().encodeToString(other), dir)
                        .open("jwt_signing_key", sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VECTORT_MASTER_KEY");
    }

    @Test
    void withoutAConfiguredKeyASingleNodeKeepsAnOwnerOnlyKeyFile() throws Exception {
        String sealed = SettingsCipher.of("", dir).seal("k", "value");

        Path file = dir.resolve("master.key");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(SettingsCipher.of("", dir).open("k", sealed)).isEqualTo("value");
    }

    @Test
    void refusesAMasterKeyOfTheWrongSize() {
        assertThatThrownBy(() -> SettingsCipher.of(Base64.getEncoder().encodeToString(new byte[16]), dir))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SettingsCipher.of("not base64 !!", dir)).hasMessageContaining("Base64");
    }
}
