"""The Qt wizard: pages and widgets that show what `core` decided and forward user actions."""
