"""The newsfacts benchmark: synthetic articles, pipeline timings, engine vs quantulum3.

Run it with `python -m bench.run` (see bench/README.md). Not part of the unit tests.
"""
