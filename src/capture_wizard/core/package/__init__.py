"""The submission package, one module per job: `archive` (the zip and its manifest), `crypto`
(age encryption), `store` (session -> encrypted package in the outbox), `outbox` (atomic
writes; the upload queue), `delivery` (one HTTP upload), `courier` (retries and rounds) and
`verify`. Import from the modules: this package stays light so that tools which only move files
(the outbox writer, `capture-wizard outbox list`) do not load OpenCV.

See docs/package-format.md for the format and the upload protocol.
"""
