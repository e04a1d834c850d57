package com.finflow.webhooks;

import java.net.URI;
import java.util.Map;

/** Sends one webhook request; answers the status code, or throws when no answer came. */
public interface WebhookEndpoint {

  int post(URI url, Map<String, String> headers, String body);
}
