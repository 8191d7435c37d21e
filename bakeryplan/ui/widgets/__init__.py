"""Small reusable widgets and helpers of the main window's panels."""
