package com.finflow.extraction;

import com.finflow.shared.failure.UpstreamTimeout;

/**
 * The user did not authorise the consent while the extraction waited for it; they may still do so.
 */
public final class ConsentNotAuthorised extends UpstreamTimeout {

  public ConsentNotAuthorised(String status) {
    super("the user has not authorised the consent yet (" + status + "); retry once they have");
  }
}
