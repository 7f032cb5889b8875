from capture_wizard.cli import main

raise SystemExit(main())
