"""Benches: a generator of realistic databases and a runner that prints figures."""
