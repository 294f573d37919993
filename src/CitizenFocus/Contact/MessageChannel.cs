namespace CitizenFocus.Contact;

public enum MessageChannel
{
    Email = 0,
    Phone = 1,
    Voicemail = 2,
    Letter = 3,
    WebForm = 4,
    InPerson = 5,
}

/// <summary>How the citizen wants the reply, and how it was given.</summary>
public enum ReplyMethod
{
    Email = 0,
    Phone = 1,
    Letter = 2,
    InPerson = 3,
}

public enum MessageStatus
{
    Open = 0,
    /// <summary>Contacted, awaiting information from the citizen: the clock is paused.</summary>
    AwaitingCitizen = 1,
    Replied = 2,
}
