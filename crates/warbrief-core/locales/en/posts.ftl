# What maintainers read about forwarded posts and articles: the preview, what became of a post, and the
# confirmations of Add and Discard. Everyone's commands' and maintainers' other replies are in other files.
# Arguments are escaped HTML (a source's link, a place's name) or numbers.

post-date-unknown = date unknown

## The preview.

post-preview-forwarded = <b>Forwarded post</b> from { $source }
post-preview-article = <b>Article</b>: { $source }
post-dated-from-title = Dated { $date } from its title.
post-dated-from-dateline = Dated { $date } from its dateline.
post-dated-from-day-number = Dated { $date } from its day number.
post-dated-from-forwarded-date = Dated { $date } from the forwarded post's date.
post-dated-from-sending-day = Dated { $date } from the day it was sent (the text gives no date).
post-shown-again-after-discard = It was discarded before; here it is again.
post-shown-again-in-preview = This post is already in preview; here it is again.
post-incidents-found = { $count ->
    [one] 1 incident
   *[other] { $count } incidents
} found:
# One incident: "Kupiansk, Kharkiv · 2 Mar 2023 · 2 killed, 5 wounded"; the weapon follows after " · ".
post-incident-summary = { $place } · { $date } · { $killed } killed, { $wounded } wounded
post-flag-large-figure = a figure above { $limit } for one attack: check it is not a running total
post-likely-duplicate = likely duplicate of #{ $id } ({ $place }{ $killed } killed, { $wounded } wounded, { $from })
post-duplicate-from-report = day { $day }'s report
post-duplicate-entered-by-hand = entered by hand
post-preview-more = … and { $count } more
# The footer says what the buttons do: all incidents are clean ($count of them).
post-add-adds-all = <b>Add</b> adds { $count ->
    [1] it
   *[other] all of them
}.
# Some are flagged or likely duplicates: Add adds the $clean others, Add all all $total.
post-add-adds-clean = <b>Add</b> adds { $clean ->
    [one] 1 incident
   *[other] { $clean } incidents
} (not the ⚠ ones); <b>Add all</b> adds all { $total }.
post-add-all-adds-all = <b>Add all</b> adds all { $total }.
post-button-add = Add
post-button-add-all = Add all
post-button-discard = Discard

## What became of a post.

post-already-added = This post was already added on { $date } ({ $count ->
    [one] 1 incident
   *[other] { $count } incidents
}); nothing was added again.
post-was-discarded = This post was discarded; nothing was added. Forward it again to see its preview anew.
post-waiting-in-preview = This post is waiting in its preview: use its buttons.
post-unusable = I can't use that post: { $error }.
post-unreadable = I can't read that post: { $error }.
post-no-incidents-in-post = I found no incidents (places with killed or wounded) in that post, so nothing was stored.
post-no-incidents-in-article = I found no incidents (places with killed or wounded) in that article, so nothing was stored.
post-gone = That post is no longer stored.
post-no-longer-reads = The post's text no longer reads; nothing was added.

## Add and Discard pressed.

# $ids is " (#12, #13)", or empty when nothing was added.
post-added = Added { $count ->
    [one] 1 incident
   *[other] { $count } incidents
} from { $source }{ $ids }.
post-left-out = Left out { $count ->
    [one] 1 incident
   *[other] { $count } incidents
}: flagged or likely duplicates.
post-added-show-in-region = { $count ->
    [1] It shows
   *[other] They show
} in /region from now on.
post-alerts-queued = Region alerts queued for { $count ->
    [one] 1 chat
   *[other] { $count } chats
}.
post-discarded-from = Discarded the post from { $source }; nothing was added. Forward it again to see its preview anew.
post-discarded = Discarded the post; nothing was added. Forward it again to see its preview anew.
