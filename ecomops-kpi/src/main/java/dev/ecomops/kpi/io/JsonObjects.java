package dev.ecomops.kpi.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.ecomops.core.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a file that holds one JSON object (targets, a simulation's configuration). */
public final class JsonObjects {
  private JsonObjects() {}

  /**
   * The file's object.
   *
   * @param what the name a bad file is reported under ({@code targets}, {@code config})
   * @param shape what the object should be, for the message when it is not an object
   * @throws ValidationException naming {@code what} when the file is not JSON or not an object
   * @throws UncheckedIOException when the file cannot be read
   */
  public static JsonObject read(Path file, String what, String shape) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonElement root;
    try {
      root = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw ValidationException.of(what, "must be JSON: " + e.getMessage(), file);
    }
    if (!root.isJsonObject()) {
      throw ValidationException.of(what, "must be " + shape, file);
    }
    return root.getAsJsonObject();
  }
}
