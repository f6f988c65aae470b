package id.ac.ugm.aicare.sql.internal.lexer;

/**
 * Something the lexer could not make sense of, such as a string that never closes. The lexer
 * reports it and goes on, so that one bad quote does not hide the rest of the file.
 *
 * @param line    1-based line where the bad construct starts
 * @param column  1-based column where it starts
 * @param message what is wrong, in one line
 */
public record LexicalProblem(int line, int column, String message) {
}
