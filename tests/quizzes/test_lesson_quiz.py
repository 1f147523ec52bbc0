from django.urls import reverse

from courses.content.models import CompletionRule
from courses.progress.models import LessonProgress
from quizzes.attempts.models import Quiz, QuizQuestion
from quizzes.attempts.services import answer_save, attempt_start, attempt_submit


def test_a_lesson_whose_rule_is_its_quiz_completes_only_once_the_quiz_is_passed(
    client, learner, enrolment, outline, bank
):
    quiz = Quiz.objects.create(title="Check: helpline", pass_percent=100)
    QuizQuestion.objects.create(quiz=quiz, question=bank["single"])
    lesson = outline[0][1][0]
    lesson.completion_rule = CompletionRule.ACTIVITIES
    lesson.body.append(("quiz", {"quiz": quiz, "required_to_complete": True}))
    lesson.save_revision().publish()
    lesson.refresh_from_db()

    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert "Check: helpline" in html and "Start the quiz" in html

    response = client.post(reverse("progress:lesson_complete", args=[lesson.pk]), follow=True)
    assert "Pass this lesson&#x27;s quiz to complete it." in response.content.decode()
    assert not LessonProgress.objects.filter(lesson=lesson, completed_at__isnull=False).exists()

    attempt = attempt_start(quiz=quiz, learner=learner)
    row = attempt.questions.get()
    right = next(option["id"] for option in row.snapshot["options"] if option["text"] == "1121")
    answer_save(attempt=attempt, position=row.position, answer=right, learner=learner)
    attempt_submit(attempt=attempt, by=learner)
    assert "Passed" in client.get(lesson.url).content.decode()
    client.post(reverse("progress:lesson_complete", args=[lesson.pk]))
    assert LessonProgress.objects.get(lesson=lesson).completed_at is not None
