"""Documents in: readers turn files (text, PDF, scanned PDF, Excel) into source lines, genre
parsers turn source lines into the canonical model, and an import report says what was read,
repaired, cross-filled or could not be read."""
