package com.finflow.personal;

import java.util.List;
import java.util.Optional;

/** The securities users may hold and look up, as the price source describes them, cached. */
public interface SecurityDirectory {

  Optional<Security> find(String symbol);

  List<Security> search(String words);
}
