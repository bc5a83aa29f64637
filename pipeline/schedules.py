"""The daily rebuild: every asset and check, once a day, whatever the sensor saw.

A full run is cheap when nothing changed (the extraction cache makes it a reread and a
republish), and it catches what the file sensor cannot: an engine release deployed
without new articles, an edited answer key, a run the sensor's request lost.
"""

from dagster import DefaultScheduleStatus, ScheduleDefinition

from pipeline.assets import newsfacts_job

# 03:00 UTC: after the news day in Kazakhstan (UTC+5) and before European working hours.
DAILY_CRON = "0 3 * * *"

daily_rebuild = ScheduleDefinition(
    name="daily_rebuild",
    job=newsfacts_job,
    cron_schedule=DAILY_CRON,
    execution_timezone="UTC",
    default_status=DefaultScheduleStatus.RUNNING,
    description="Rematerialize every newsfacts asset (and run every check) daily at 03:00 UTC.",
)
