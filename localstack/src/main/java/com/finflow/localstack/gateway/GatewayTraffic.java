package com.finflow.localstack.gateway;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many requests the AWS gateway received per service, throttled ones included: what benchmarks
 * count.
 */
public final class GatewayTraffic {

  private final Map<AwsService, AtomicLong> requests = new EnumMap<>(AwsService.class);

  public GatewayTraffic() {
    for (AwsService service : AwsService.values()) {
      requests.put(service, new AtomicLong());
    }
  }

  void count(AwsService service) {
    requests.get(service).incrementAndGet();
  }

  public long requests(AwsService service) {
    return requests.get(service).get();
  }
}
