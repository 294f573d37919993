using System.ComponentModel.DataAnnotations;

namespace CitizenFocus.Promises;

/// <summary>The "Notifications" section. With <see cref="Sender"/> = Smtp, notifications go by e-mail; otherwise they are logged (the demo).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public string Sender { get; set; } = "Log";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    /// <summary>The sender address, e.g. no-reply@police.example.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    /// <summary>From a secret store or environment variable (Notifications__Smtp__Password), never from the repository.</summary>
    public string? Password { get; set; }
}
