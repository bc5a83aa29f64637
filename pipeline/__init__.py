"""newsfacts: economic news articles in, a validated open dataset of facts out."""
