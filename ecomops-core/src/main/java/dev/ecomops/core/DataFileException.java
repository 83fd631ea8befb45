package dev.ecomops.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file that cannot be used as input (a rate table, a Solomon instance, a fact file, a CSV given
 * to the CLI): names the file and, for each problem, the line, the field and the rule broken.
 * Nothing of the file was used. The sibling of {@link ValidationException}, which names a field
 * of a value; together they are the one family of bad-input exceptions.
 *
 * <p>The message is {@code file:line: field: rule} for one problem ({@code file: field: rule} when
 * the line is not known, as in a JSON file; {@code file: rule} for the whole file), and {@code file: N bad lines; line L, field F: rule; ...} for
 * several.
 */
public final class DataFileException extends EcomopsException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param line the line number, from 1; 0 for a problem with the whole file
   * @param field the field or column, empty for a problem with the whole file or line
   * @param rule what is wrong, e.g. {@code must be at least 0, was -3}
   */
  public record Problem(long line, String field, String rule) {
    /** {@code line L, field F: rule}, leaving out what is not known. */
    @Override
    public String toString() {
      return (line > 0 ? "line " + line + (field.isEmpty() ? "" : ", ") : "")
          + (field.isEmpty() ? "" : "field " + field) + (line > 0 || !field.isEmpty() ? ": " : "") + rule;
    }
  }

  private final String file;
  private final transient List<Problem> problems;

  private DataFileException(String file, List<Problem> problems, String message) {
    super(message);
    this.file = file;
    this.problems = problems;
  }

  /** A bad value at a line: {@code file:line: field: rule}. */
  public static DataFileException of(String file, long line, String field, String rule) {
    return new DataFileException(file, List.of(new Problem(line, field, rule)),
        file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + rule);
  }

  /** A problem with the file as a whole (missing, unreadable, empty): {@code file: rule}. */
  public static DataFileException of(String file, String rule) {
    return new DataFileException(file, List.of(new Problem(0, "", rule)), file + ": " + rule);
  }

  /**
   * Every problem found in a file, in the order found.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static DataFileException of(String file, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DataFileException needs at least one problem");
    }
    if (problems.size() == 1) {
      Problem p = problems.get(0);
      return p.line() > 0 ? of(file, p.line(), p.field(), p.rule()) : new DataFileException(file, List.of(p),
          file + ": " + (p.field().isEmpty() ? "" : p.field() + ": ") + p.rule());
    }
    return new DataFileException(file, List.copyOf(problems), file + ": " + problems.size() + " bad lines; "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
  }

  /** The file, as the caller named it. */
  public String file() {
    return file;
  }

  /** The problems, at least one, in the order found. */
  public List<Problem> problems() {
    return problems;
  }
}
