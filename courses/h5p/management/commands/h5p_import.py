from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.h5p.services import h5p_content_import, h5p_newer_patches, h5p_package_check
from courses.h5p.validation import H5PInvalid


class Command(BaseCommand):
    help = (
        "Check and store H5P packages (.h5p files). Prints one verdict per file and every "
        "problem of a rejected one; exits non-zero when any file is rejected."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the packages; store nothing."
        )
        parser.add_argument(
            "--update-libraries",
            action="store_true",
            help="Install newer patches of installed libraries that the packages carry (they "
            "then serve every package), even from a package already stored.",
        )

    def handle(self, *args, files, dry_run, update_libraries, **options):
        rejected = 0
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as error:
                rejected += 1
                self.stdout.write(f"REJECTED {path}: cannot be read ({error.strerror}).")
                continue
            try:
                if dry_run:
                    package = h5p_package_check(data)
                    verdict = f"VALID {path}: {package.title} ({package.main_library})"
                else:
                    patches = h5p_newer_patches(h5p_package_check(data))
                    content = h5p_content_import(data, update_libraries=update_libraries)
                    verdict = f"STORED {path}: {content.title} (#{content.pk})"
                    for patch in patches:
                        verdict += (
                            f"\n  {patch}: updated to patch {patch.package_patch}"
                            if update_libraries
                            else f"\n  {patch}: carries patch {patch.package_patch}; installed "
                            f"patch {patch.library.patch_version} kept (--update-libraries)"
                        )
            except H5PInvalid as invalid:
                rejected += 1
                self.stdout.write(f"REJECTED {path}:")
                for problem in invalid.problems:
                    self.stdout.write(f"  - {problem}")
                continue
            self.stdout.write(verdict)
        if rejected:
            raise CommandError(f"{rejected} of {len(files)} files rejected.")
