import pytest


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/django-admin/"])
def test_a_learner_is_told_clearly_they_cannot_open_the_admin(client, learner, path):
    client.force_login(learner)
    response = client.get(path)
    assert response.status_code == 403
    assert "does not give access" in response.content.decode()


def test_a_facilitator_opens_the_cms_but_not_djangos_admin(client, facilitator):
    client.force_login(facilitator)
    assert client.get("/admin/").status_code == 200
    assert client.get("/django-admin/").status_code == 403
