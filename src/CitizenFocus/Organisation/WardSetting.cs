namespace CitizenFocus.Organisation;

/// <summary>Urban or rural: the emergency attendance standard differs (15 or 20 minutes).</summary>
public enum WardSetting
{
    Urban = 0,
    Rural = 1,
}
