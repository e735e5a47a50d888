package nl.cleantechwerkt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A new key passes through models and flash maps that debug logging may print: its text must not carry the secret. */
class IssuedKeyTest {

    @Test
    void printingAnIssuedKeyShowsItsPrefixButNeverItsSecret() {
        ApiKeys.IssuedKey issued = new ApiKeys.IssuedKey(7, "AVENTUS", "ctw_a1b2c3d4e5f6_0123456789abcdef");
        assertThat(issued.toString()).contains("ctw_a1b2c3d4e5f6_").doesNotContain("0123456789abcdef");
        assertThat(issued.key()).isEqualTo("ctw_a1b2c3d4e5f6_0123456789abcdef");
    }
}
