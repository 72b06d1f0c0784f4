"""``python -m newsdoc`` runs the command line."""

from newsdoc._cli import main

if __name__ == "__main__":
    main(prog_name="newsdoc")
