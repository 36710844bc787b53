"""A printed sheet per test module that needs one: printing and rendering take a second or two."""
