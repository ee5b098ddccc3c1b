# What is pushed to subscribers: the daily digest, region alerts, a post's alerts.

pushed-more-sections = … and { $count } more in the full report
pushed-casualties-heading = <b>Casualties in this report</b>
pushed-region-casualties = { $region }: { $killed } killed, { $wounded } wounded
pushed-more-regions = … and { $count } more regions
pushed-button-full-report = 📖 Full report
pushed-button-settings = ⚙️ Settings
pushed-from = <i>From { $source }</i>
pushed-more-incidents = … and { $count } more
pushed-more-incidents-in-report = … and { $count } more in the full report
