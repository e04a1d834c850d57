package com.finflow.localstack.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The baseline of the cold-start benchmark: a POJO handler that does nothing. */
public final class HelloWorldHandler implements RequestHandler<Map<String, Object>, String> {

  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    return "hello";
  }
}
