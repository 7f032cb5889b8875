"""The wizard's widgets, one per module; import them from their modules. This package imports
none of them itself, so that the first window loads only the widgets it shows (start-up)."""
