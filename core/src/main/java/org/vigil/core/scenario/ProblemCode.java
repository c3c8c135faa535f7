package org.vigil.core.scenario;

/**
 * What is wrong, independent of language: the app turns a code and its arguments into a sentence
 * through the i18n bundles (key {@code problem.CODE}). The comment lists the arguments.
 */
public enum ProblemCode {
    /** {0} reason given by the operating system. */
    UNREADABLE_FILE(Severity.ERROR),
    /** {0} size limit in MiB. */
    FILE_TOO_LARGE(Severity.ERROR),
    /** {0} the parser's description of the syntax error. */
    SYNTAX(Severity.ERROR),
    /** {0} expected JSON type (object, array, string, integer, number). */
    WRONG_TYPE(Severity.ERROR),
    /** {0} field name. */
    MISSING_FIELD(Severity.ERROR),
    /** {0} field name. */
    UNKNOWN_FIELD(Severity.WARNING),
    /** No arguments. */
    EMPTY_TEXT(Severity.ERROR),
    /** No arguments. */
    EMPTY_LIST(Severity.ERROR),
    /** {0} version found, {1} version supported. */
    UNSUPPORTED_VERSION(Severity.ERROR),
    /** {0} the id. */
    BAD_ID(Severity.ERROR),
    /** {0} the id. */
    DUPLICATE_ID(Severity.ERROR),
    /** {0} value, {1} allowed values. */
    UNKNOWN_VALUE(Severity.ERROR),
    /** {0} value, {1} minimum, {2} maximum. */
    OUT_OF_RANGE(Severity.ERROR),
    /** {0} organisation id. */
    UNKNOWN_ORGANISATION(Severity.ERROR),
    /** {0} asset id. */
    UNKNOWN_ASSET(Severity.ERROR),
    /** {0} monitor id. */
    UNKNOWN_MONITOR(Severity.ERROR),
    /** {0} kind, {1} layer. */
    KIND_NOT_IN_LAYER(Severity.ERROR),
    /** {0} asset id. */
    SELF_DEPENDENCY(Severity.ERROR),
    /** {0} from, {1} to. */
    DUPLICATE_DEPENDENCY(Severity.ERROR),
    /** No arguments. */
    RAMP_FOR_STEP(Severity.ERROR),
    /** {0} growth. */
    RAMP_MISSING(Severity.ERROR),
    /** No arguments. */
    CONTINUITY_MISSING(Severity.ERROR),
    /** {0} layer. */
    CONTINUITY_NOT_BUSINESS(Severity.ERROR),
    /** {0} RTO minutes, {1} MTPD minutes. */
    RTO_AFTER_MTPD(Severity.ERROR),
    /** {0} value. */
    BAD_IP(Severity.ERROR),
    /** {0} value. */
    BAD_CIDR(Severity.ERROR),
    /** {0} language tag. */
    BAD_LANGUAGE(Severity.ERROR),
    /** {0} key. */
    UNKNOWN_TRANSLATION_KEY(Severity.ERROR),
    /** {0} number of assets, {1} the assets, joined by arrows. */
    CYCLE(Severity.INFO);

    private final Severity severity;

    ProblemCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
