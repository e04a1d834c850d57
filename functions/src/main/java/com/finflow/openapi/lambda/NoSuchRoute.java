package com.finflow.openapi.lambda;

import com.finflow.shared.failure.NotFound;

/** No operation of the API has this path. */
final class NoSuchRoute extends NotFound {

  NoSuchRoute() {
    super("no operation of the API has this path; see /openapi.json");
  }
}
