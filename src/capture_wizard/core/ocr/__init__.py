"""Reading text with tesseract: the hand-held statement (today's date and a configured word)."""
