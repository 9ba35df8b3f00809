"""Tools around the application: a synthetic province for benchmarks and demonstrations."""
