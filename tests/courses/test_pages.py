from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.content.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from courses.demo.load import demo_course_load
from tests.course_fixtures import small_curriculum


class CoursePageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.course = demo_course_load(small_curriculum(days=1, lessons=1))
        cls.day = ModulePage.objects.child_of(cls.course).get()
        cls.lesson = LessonPage.objects.child_of(cls.day).get()

    def test_the_tree_allows_only_catalogue_course_day_lesson(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {Page})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_a_lesson_can_be_created_under_a_day_and_nowhere_else(self):
        self.assertCanCreateAt(ModulePage, LessonPage)
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(CourseIndexPage, ModulePage)

    def setUp(self):
        # The CMS asks administrators for their second factor: give them one.
        self.admin = self.login()
        TOTP.activate(self.admin, generate_totp_secret())

    def test_course_pages_render_for_an_administrator(self):
        for page in (self.course, self.day, self.lesson):
            self.assertPageIsRenderable(page, user=self.admin)

    def test_course_pages_preview_in_the_cms(self):
        # StreamFields are drawn by JavaScript in the editor, so their form data is given here.
        self.assertPageIsPreviewable(self.course, user=self.admin)
        day_data = nested_form_data(
            {
                "title": "Day one",
                "slug": "day-1",
                "day_number": 1,
                "summary": "",
                "duration_hours": "6",
                "objectives": streamfield([("objective", "Name the six steps")]),
            }
        )
        self.assertPageIsPreviewable(self.day, user=self.admin, post_data=day_data)
        lesson_data = nested_form_data(
            {
                "title": "A lesson",
                "slug": "lesson-1-1",
                "summary": "",
                "estimated_minutes": 10,
                "body": streamfield(
                    [
                        ("heading", "First contact"),
                        ("text", rich_text("<p>Listen first.</p>")),
                        (
                            "callout",
                            {
                                "kind": "caution",
                                "title": "",
                                "text": rich_text("<p>Do no harm.</p>"),
                            },
                        ),
                        ("reflection", {"prompt": "What would you say first?"}),
                    ]
                ),
            }
        )
        self.assertPageIsPreviewable(self.lesson, user=self.admin, post_data=lesson_data)


def test_each_teaching_block_previews_in_the_cms_with_the_learners_stylesheet(
    client, administrator
):
    from courses.content.blocks import LessonBodyBlock

    client.force_login(administrator)
    expected = {
        "heading": "Why the first contact matters",
        "text": "Case management is a way",
        "callout": "Institutional care is a last resort",
        "reflection": "Think of a child",
        "glossary": "Assent",
    }
    for name, text in expected.items():
        block = LessonBodyBlock().child_blocks[name]
        response = client.get("/admin/block-preview/", {"id": block.definition_prefix})
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "css/tahaffuz.css" in html
        assert text in html, name
