"""Everything that decides something. Pure Python, numpy and OpenCV: never imports Qt."""
