package org.vigil.core.topology;

/**
 * What is wrong with a topology file, independent of language; the comment lists the arguments.
 * docs/topology-import.md gives the English sentence for each, for the i18n bundles.
 */
public enum TopologyProblemCode {
    /** {0} reason given by the operating system. */
    UNREADABLE_FILE,
    /** {0} file name, {1} the extensions Vigil knows. */
    UNKNOWN_FORMAT,
    /** {0} the encoding the file must use. */
    BAD_ENCODING,
    /** {0} the parser's description of the syntax error. */
    SYNTAX,
    /** No arguments: a quoted field is not closed, or text follows its closing quote. */
    BAD_QUOTE,
    /** {0} columns found, {1} columns needed. */
    TOO_FEW_COLUMNS,
    /** {0} columns found, {1} columns allowed. */
    TOO_MANY_COLUMNS,
    /** {0} the header's name for the column, {1} names allowed. */
    UNKNOWN_COLUMN,
    /** No arguments: the field (named by the location) is empty. */
    EMPTY_FIELD,
    /** {0} value. */
    NOT_A_NUMBER,
    /** {0} value. */
    NOT_AN_INTEGER,
    /** {0} value. */
    NOT_TEXT,
    /** {0} value, {1} minimum, {2} maximum. */
    OUT_OF_RANGE,
    /** {0} value, {1} allowed values. */
    UNKNOWN_VALUE,
    /** {0} kind. */
    KIND_NEEDS_CONTINUITY,
    /** {0} growth. */
    RAMP_MISSING,
    /** No arguments. */
    RAMP_FOR_STEP,
    /** {0} node id. */
    UNKNOWN_NODE,
    /** {0} Vigil id, {1} the id it was first given to, {2} the id it is given to again. */
    ID_CLASH,
    /** No arguments. */
    EMPTY_TOPOLOGY,
    /** {0} number of further problems not listed. */
    TOO_MANY_PROBLEMS
}
