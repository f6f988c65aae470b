package id.ac.ugm.aicare.sql.internal.lexer;

/** The kinds of lexical token in PostgreSQL SQL as far as the linter needs to tell them apart. */
public enum TokenType {
    /** A keyword or an unquoted identifier: the lexer cannot tell them apart and need not. */
    WORD,
    /** {@code "Name"} or {@code U&"Name"}. */
    QUOTED_IDENTIFIER,
    /** {@code '...'}, {@code E'...'}, {@code B'...'}, {@code X'...'}, {@code U&'...'}, {@code N'...'}. */
    STRING,
    /** {@code $$...$$} or {@code $tag$...$tag$}, a function or DO body most of the time. */
    DOLLAR_STRING,
    NUMBER,
    /** {@code $1}, a positional parameter. */
    PARAMETER,
    /** A run of operator characters such as {@code ::}, {@code >=} or {@code ||}. */
    OPERATOR,
    /** One of {@code ( ) [ ] , .}. */
    PUNCTUATION,
    SEMICOLON,
    LINE_COMMENT,
    BLOCK_COMMENT,
    /** A psql backslash command such as {@code \connect}, up to the end of its line. */
    META_COMMAND
}
