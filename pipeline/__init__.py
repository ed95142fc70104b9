"""newsdedup's pure core: reading, cleaning and fingerprinting news articles."""
