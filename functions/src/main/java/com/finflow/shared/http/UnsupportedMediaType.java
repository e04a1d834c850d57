package com.finflow.shared.http;

import com.finflow.shared.failure.Category;
import com.finflow.shared.failure.Failure;

/**
 * A body whose {@code content-type} is not JSON in UTF-8: it is refused before a byte of it is
 * read.
 */
public final class UnsupportedMediaType extends Failure {

  public UnsupportedMediaType(String detail) {
    super(Category.UNSUPPORTED_MEDIA_TYPE, detail);
  }
}
