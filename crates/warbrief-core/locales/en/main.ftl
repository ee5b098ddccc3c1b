# Messages shared by many replies. Keys are named for what they say. HTML tags in a message are ours; every
# argument that comes from outside (a report's text, what a user typed) is escaped before it is passed in.

internal-error = Sorry, something went wrong on my side. Please try again in a minute.
