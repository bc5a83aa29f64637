"""The newsfacts code location: every asset, check, job, schedule, sensor and resource.

Loaded by `dagster dev -w workspace.yaml` and `dagster asset materialize -m pipeline.definitions`.
Importing it reads no files: paths are resolved when something runs.
"""

from dagster import Definitions, in_process_executor

from pipeline.assets import ALL_ASSETS, newsfacts_job
from pipeline.checks import ALL_CHECKS
from pipeline.resources import NewsfactsStorage
from pipeline.schedules import daily_rebuild
from pipeline.sensors import seed_files_sensor

defs = Definitions(
    assets=ALL_ASSETS,
    asset_checks=ALL_CHECKS,
    jobs=[newsfacts_job],
    schedules=[daily_rebuild],
    sensors=[seed_files_sensor],
    resources={"storage": NewsfactsStorage()},
    # Steps here take milliseconds to seconds; a subprocess per step would cost more than the work.
    executor=in_process_executor,
)
