using System.Globalization;
using CitizenFocus.Contact;
using CitizenFocus.Organisation;
using CitizenFocus.Promises;

namespace CitizenFocus.Demo;

/// <summary>
/// Two years of messages to neighbourhood teams (about 300,000 a year at Met scale) with their
/// 24-hour clocks and clock events. The three streams replay the same seeded draws, so each can be
/// bulk-inserted on its own and still describe the same messages.
/// </summary>
internal sealed class DemoMessages(DemoOrganisation org, int seed, DateTime now)
{
    public const double PerResidentYear = 300_000.0 / 7_200_000;

    private static readonly (MessageChannel Channel, double Share, double Answered)[] Channels =
    [
        (MessageChannel.Email, 0.40, 0.63), (MessageChannel.Phone, 0.22, 0.78), (MessageChannel.Voicemail, 0.10, 0.74),
        (MessageChannel.WebForm, 0.20, 0.70), (MessageChannel.Letter, 0.03, 0.60), (MessageChannel.InPerson, 0.05, 0.90),
    ];

    private static readonly double[] ChannelCumulative = DemoRandom.Cumulative(Channels.Select(c => c.Share).ToArray());

    private static readonly string[] Subjects =
    [
        "Parking on the pavement", "Anti-social behaviour in the park", "Noise from a neighbour", "Speeding on our road",
        "Drug dealing near the shops", "Graffiti on the bus shelter", "Thank you to the team", "Request for a visit",
        "Youths gathering at night", "Fly-tipping in the alley", "Bike theft", "Suspicious vehicle",
    ];

    private readonly Dictionary<int, NeighbourhoodTeam> teamByWard = org.Teams
        .Where(t => t.Kind == TeamKind.WardTeam && t.WardId is not null).ToDictionary(t => t.WardId!.Value);

    internal sealed record Generated(TeamMessage Message, Clock Clock, List<ClockEvent> Events);

    public IEnumerable<TeamMessage> Messages() => Generate().Select(g => g.Message);
    public IEnumerable<Clock> Clocks() => Generate().Select(g => g.Clock);
    public IEnumerable<ClockEvent> Events() => Generate().SelectMany(g => g.Events);

    private IEnumerable<Generated> Generate()
    {
        var rng = new DemoRandom(seed, 5);
        var standard = new ServiceStandard
        {
            Id = 1, Code = StandardCodes.TeamMessage, Name = "", Target = TimeSpan.FromHours(24), WarningFraction = 0.75,
        };
        var start = now.AddDays(-DemoActivity.Days);
        long id = 0, eventId = 0;
        foreach (var ward in org.Wards)
        {
            if (!teamByWard.TryGetValue(ward.Id, out var team)) continue;
            var answered = org.Profiles[ward.BoroughId].MessagesAnsweredIn24h;
            var count = (int)(ward.Population * PerResidentYear * DemoActivity.Days / 365.0);
            for (var i = 0; i < count; i++)
            {
                id++;
                var received = start.AddSeconds(rng.Next(0, DemoActivity.Days * 86_400));
                var channel = Channels[rng.PickWeighted(ChannelCumulative)];
                var onTime = rng.Chance(Math.Clamp(answered * channel.Answered / 0.72, 0.05, 0.99));
                var replyAfter = onTime ? TimeSpan.FromHours(Math.Min(23.9, rng.Exponential(6))) : TimeSpan.FromHours(24.1 + rng.Exponential(20));
                var repliedAt = received + replyAfter;
                var ended = repliedAt <= now;
                var given = rng.Pick(DemoNames.Given);
                var family = rng.Pick(DemoNames.Family);
                var preferred = channel.Channel switch
                {
                    MessageChannel.Email or MessageChannel.WebForm => ReplyMethod.Email,
                    MessageChannel.Letter => ReplyMethod.Letter,
                    _ => ReplyMethod.Phone,
                };
                var reference = MessageReference.Format((id * 0x9E3779B97F4AL) & ((1L << 40) - 1));
                var message = new TeamMessage
                {
                    Id = id, Reference = reference, TeamId = team.Id, WardId = ward.Id, BoroughId = ward.BoroughId,
                    Channel = channel.Channel, ReceivedAt = received,
                    CitizenName = $"{given} {family}",
                    CitizenEmail = $"{given}.{family}{id % 1000}@example.com".ToLowerInvariant().Replace("'", ""),
                    CitizenPhone = "07700 900" + rng.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture),
                    CitizenAddress = preferred == ReplyMethod.Letter ? $"{rng.Next(1, 200)} {rng.Pick(DemoNames.StreetFirst)} {rng.Pick(DemoNames.StreetSecond)}" : null,
                    PreferredReply = preferred, Subject = rng.Pick(Subjects), Body = "Message text held in the demo force.",
                    AssigneeMemberId = team.ContactOfficerMemberId, Status = ended ? MessageStatus.Replied : MessageStatus.Open,
                    ClockId = id, RepliedAt = ended ? repliedAt : null, RepliedBy = ended ? preferred : null,
                    ReplySummary = ended ? "Replied to the citizen." : null, LoggedBy = "demo",
                };

                var clock = Clock.Start(standard, WorkingCalendar.AroundTheClock,
                    new ClockSubject("Message", reference, ward.BoroughId, ward.Id, team.Id, team.ContactOfficerMemberId,
                        LogMessage.Title(message)), received);
                clock.Id = id;
                var events = new List<ClockEvent> { new() { Id = ++eventId, ClockId = id, Kind = ClockEventKind.Started, At = received, Actor = "demo" } };
                if (ended)
                {
                    if (repliedAt > clock.WarnAt)
                    {
                        clock.WarnedAt = clock.WarnAt;
                        events.Add(new ClockEvent { Id = ++eventId, ClockId = id, Kind = ClockEventKind.Warned, At = clock.WarnAt, Actor = "sweep" });
                    }
                    if (repliedAt > clock.DueAt)
                    {
                        clock.BreachedAt = clock.DueAt;
                        clock.BreachReason = "Not done within 24 hours";
                        events.Add(new ClockEvent { Id = ++eventId, ClockId = id, Kind = ClockEventKind.Breached, At = clock.DueAt, Actor = "sweep" });
                    }
                    var outcome = clock.End(repliedAt, null, clock.BreachedAt is null ? null : "We are sorry we did not reply within 24 hours.");
                    events.Add(new ClockEvent
                    {
                        Id = ++eventId, ClockId = id, At = repliedAt, Actor = "demo",
                        Kind = outcome == ClockOutcome.Met ? ClockEventKind.Met : ClockEventKind.EndedBreached,
                    });
                }
                yield return new Generated(message, clock, events);
            }
        }
    }
}
