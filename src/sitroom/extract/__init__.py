"""Extract: spaCy components that read the annotated Doc and assign quotes, figures and events."""
