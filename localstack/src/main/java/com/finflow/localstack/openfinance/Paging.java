package com.finflow.localstack.openfinance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page a list request asks for: {@code page} from 1, {@code page-size} from 1 to 1000 (default
 * 25), as the Open Finance Brasil specs define them; and the links that walk such a list.
 */
record Paging(int page, int pageSize) {

  static final int MAX_PAGE_SIZE = 1000;

  /**
   * @throws InvalidParameter for a page or page size that is not a number or out of range
   */
  static Paging of(ProviderRequest request) {
    return of(request, MAX_PAGE_SIZE);
  }

  /**
   * A page of at most {@code largestPage} records, whatever {@code page-size} asked: the links then
   * walk pages of that size.
   *
   * @throws InvalidParameter for a page or page size that is not a number or out of range
   */
  static Paging of(ProviderRequest request, int largestPage) {
    int page = number(request, "page", 1);
    int pageSize = number(request, "page-size", 25);
    if (page < 1) {
      throw new InvalidParameter(
          ProviderAnswer.unprocessable("PARAMETRO_INVALIDO", "page starts at 1: " + page));
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidParameter(
          ProviderAnswer.unprocessable(
              "PARAMETRO_INVALIDO",
              "page-size must be between 1 and " + MAX_PAGE_SIZE + ": " + pageSize));
    }
    return new Paging(page, Math.min(pageSize, largestPage));
  }

  private static int number(ProviderRequest request, String name, int fallback) {
    String value = request.queryParameter(name).orElse(null);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidParameter(
          ProviderAnswer.badRequest(name + " must be a whole number: " + value));
    }
  }

  int totalPages(int totalRecords) {
    return Math.max(1, (totalRecords + pageSize - 1) / pageSize);
  }

  <T> List<T> slice(List<T> all) {
    long from = (long) (page - 1) * pageSize;
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
  }

  /**
   * {@code self}, then {@code first} and {@code prev} unless this is the first page, {@code next}
   * unless it is the last, and {@code last} too when {@code withLast} (the transactions links of
   * accounts v2 have none). The specs make each of these mandatory exactly in those cases.
   */
  Map<String, Object> links(ProviderRequest request, int totalRecords, boolean withLast) {
    int totalPages = totalPages(totalRecords);
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", request.selfLink());
    if (page > 1) {
      links.put("first", pageLink(request, 1));
      links.put("prev", pageLink(request, Math.min(page - 1, totalPages)));
    }
    if (page < totalPages) {
      links.put("next", pageLink(request, page + 1));
      if (withLast) {
        links.put("last", pageLink(request, totalPages));
      }
    }
    return links;
  }

  private String pageLink(ProviderRequest request, int target) {
    Map<String, String> query = new LinkedHashMap<>(request.query());
    query.put("page", String.valueOf(target));
    query.put("page-size", String.valueOf(pageSize));
    return request.baseUrl()
        + request.path()
        + "?"
        + query.entrySet().stream()
            .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
            .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
