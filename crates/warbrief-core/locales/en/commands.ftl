# What each maintainers' command does, for /adminhelp and usage answers: command-<name>, plain text (escaped
# where it is shown). The English text is the command table's description (app/request.rs), which a test
# checks. Everyone's commands' command-<name> keys are in menu.ftl.

command-addreport = add a report: text after the command, a reply to it, or a .txt/.md upload; an article (no "Day N") or a forwarded post is previewed for its incidents
command-drafts = reports not yet published
command-publish = publish a draft
command-unpublish = take a report down
command-addincident = add an incident by hand
command-editincident = change fields of an incident
command-deleteincident = delete an incident
command-addsanction = add a sanctions entry
command-editsanction = change fields of a sanctions entry
command-deletesanction = delete a sanctions entry
command-audit = the latest changes and who made them
command-stats = subscribers, reports, incidents
command-export = a CSV or JSON file of incidents, reports or sanctions
command-digest = send the latest digest to every subscriber now
command-admin = owners: add, remove or list admins
command-adminhelp = these commands with examples
