package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.core.correlate.ValuePattern.Anchor;

class WildcardTest {

    private static boolean test(String value, String candidate) {
        return ValuePattern.compile(value, Anchor.EQUALS, false).test(candidate);
    }

    @Test
    void starMatchesAnyRunOfCharactersIncludingNone() {
        assertThat(test("antivirus_V*.exe", "antivirus_V21.2.1.exe")).isTrue();
        assertThat(test("antivirus_V*.exe", "ANTIVIRUS_V.EXE")).isTrue();
        assertThat(test("antivirus_V*.exe", "antivirus_V1.dll")).isFalse();
    }

    @Test
    void questionMarkMatchesExactlyOneCharacter() {
        assertThat(test("prog?.exe", "progA.exe")).isTrue();
        assertThat(test("prog?.exe", "prog.exe")).isFalse();
        assertThat(test("prog?.exe", "progAB.exe")).isFalse();
    }

    @Test
    void leadingAndTrailingStarsWorkLikeContainsStartswithEndswith() {
        assertThat(test("*mimikatz*", "run MIMIKATZ now")).isTrue();
        assertThat(test("adm*", "administrator")).isTrue();
        assertThat(test("adm*", "sysadm")).isFalse();
        assertThat(test("*\\cmd.exe", "C:\\Windows\\cmd.exe")).isTrue();
    }

    @Test
    void escapedWildcardsAreLiteral() {
        assertThat(test("what\\?", "what?")).isTrue();
        assertThat(test("what\\?", "whatx")).isFalse();
        assertThat(test("a\\*b", "a*b")).isTrue();
        assertThat(test("a\\*b", "axxb")).isFalse();
        assertThat(test("100\\*", "100*")).isTrue();
        assertThat(test("100\\*", "1000")).isFalse();
    }

    @Test
    void aDoubleBackslashBeforeAWildcardIsABackslashThenTheWildcard() {
        assertThat(test("C:\\\\*", "C:\\Windows")).isTrue();
        assertThat(test("C:\\\\*", "C:Windows")).isFalse();
    }

    @Test
    void aBackslashBeforeAnythingElseIsLiteral() {
        assertThat(test("C:\\Windows\\System32", "c:\\windows\\system32")).isTrue();
    }

    @Test
    void wildcardsStillApplyInsideContains() {
        ValuePattern pattern = ValuePattern.compile("net*user", Anchor.CONTAINS, false);

        assertThat(pattern.test("cmd /c NET.exe USER admin")).isTrue();
        assertThat(pattern.test("cmd /c net group")).isFalse();
    }

    @Test
    void casedPatternsRespectCase() {
        ValuePattern pattern = ValuePattern.compile("Evil*", Anchor.EQUALS, true);

        assertThat(pattern.test("EvilService")).isTrue();
        assertThat(pattern.test("evilservice")).isFalse();
    }
}
