"""The benchmark (`make bench`) and the load test (`python -m bench.loadtest`)."""
