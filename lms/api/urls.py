from .views import api

urlpatterns, app_name, _ = api.urls
